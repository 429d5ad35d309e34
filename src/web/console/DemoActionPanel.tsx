import { Alert, Button } from '../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { ProblemAlert } from '../forms/ProblemAlert';
import { useSession } from '../session';

interface DemoActionPanelProps<T> {
  id: string;
  heading: string;
  intro: string;
  button: string;
  running: string;
  /** A call with no input that only the demo answers (the live portal does it on its own or from a file). */
  run: () => Promise<T>;
  resultText: (result: T) => string;
  onDone?: () => void;
}

/** Demo mode only: a button that does by hand what the live portal does on a schedule, and says what it did. */
export function DemoActionPanel<T>({ id, heading, intro, button, running, run, resultText, onDone }: DemoActionPanelProps<T>) {
  const { demo } = useSession();
  const action = useMutation({ mutationFn: run, ...(onDone ? { onSuccess: onDone } : {}) });
  // The live portal answers these with 404; its staff must not be offered them.
  if (!demo) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-4">
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p>{intro}</p>
      <Button type="button" onClick={() => action.mutate()} disabled={action.isPending}>
        {action.isPending ? running : button}
      </Button>
      <div role="status" className="margin-top-2">
        {action.data !== undefined && (
          <Alert type="success" headingLevel="h3" slim>
            {resultText(action.data)}
          </Alert>
        )}
      </div>
      <ProblemAlert error={action.error} slim />
    </section>
  );
}
