/** The one shape of a calendar date at the API boundary (real-date checks happen in the services). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDateMessage = (field: string) => ({
  message: `${field} must be a date in the form YYYY-MM-DD`,
});
