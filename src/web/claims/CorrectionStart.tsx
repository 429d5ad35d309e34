import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { showNewVersion } from '../timesheets/refresh';
import { api } from '../api';

/**
 * The address a returned timesheet's message links to: it opens the correction itself, one tap from the message.
 * Starting a correction is idempotent (the server answers with the draft already started), so opening the link
 * twice, or reloading, opens the same correction.
 */
export function CorrectionStart() {
  const { t } = useTranslation();
  usePageTitle(t('story.correcting'));
  const timesheetId = Number(useParams().timesheetId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const started = useRef(false);
  const correct = useMutation({
    mutationFn: () => api.timesheets.correct({ params: { timesheetId } }),
    onSuccess: async (next) => {
      await showNewVersion(queryClient, next);
      await navigate(`/timesheets/${next.id}`, { replace: true });
    },
  });
  const { mutate } = correct;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);
  if (!correct.isError) return <Loading />;
  return (
    <>
      <h1>{t('story.correcting')}</h1>
      <ProblemAlert error={correct.error} />
      <p>
        <Link to={`/claims/${timesheetId}`}>{t('story.seeClaim')}</Link>
      </p>
    </>
  );
}
