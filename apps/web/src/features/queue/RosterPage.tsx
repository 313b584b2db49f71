import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Empty, ErrorNotice, Loading } from '../../components/ui';
import { gqlRequest } from '../../lib/api';
import { hasRole, useSession } from '../../lib/session';
import { IntakeState } from '../onboarding/components/IntakeState';
import { RosterQuery, queueKeys } from './graphql/queue';

export function RosterPage() {
  const { q } = useSearch({ from: '/coach/athletes' });
  const navigate = useNavigate({ from: '/coach/athletes' });
  const isCoach = hasRole(useSession(), 'COACH');
  const roster = useQuery({
    queryKey: queueKeys.roster,
    queryFn: () => gqlRequest(RosterQuery, {}).then((d) => d.roster),
  });
  const needle = (q ?? '').toLowerCase();
  const rows = (roster.data?.nodes ?? []).filter(
    (a) => !needle || a.name.toLowerCase().includes(needle) || a.email.toLowerCase().includes(needle),
  );
  return (
    <div className="page">
      <h1>Athletes</h1>
      <div className="field inline">
        <label htmlFor="roster-search">Search by name or e-mail</label>
        <input
          id="roster-search"
          type="search"
          value={q ?? ''}
          onChange={(e) => void navigate({ search: { q: e.target.value || undefined }, replace: true })}
        />
      </div>
      {roster.isPending ? (
        <Loading />
      ) : roster.error ? (
        <ErrorNotice error={roster.error} onRetry={() => void roster.refetch()} />
      ) : rows.length === 0 ? (
        <Empty>{roster.data.totalCount === 0 ? 'No athletes assigned to you yet.' : 'Nobody matches.'}</Empty>
      ) : (
        <table className="table">
          <caption className="sr-only">Your athletes</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Time zone</th>
              <th scope="col">Intake questionnaire</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>
                  {isCoach ? (
                    <Link to="/coach/review/$athleteId" params={{ athleteId: a.id }}>
                      {a.name}
                    </Link>
                  ) : (
                    a.name
                  )}
                </td>
                <td>{a.email}</td>
                <td>{a.timezone}</td>
                <td>
                  <IntakeState athlete={a} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
