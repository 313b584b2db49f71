import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'coachline:isPublic';
/** Marks an operation that needs no access token (login, createOrganization, health …). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
