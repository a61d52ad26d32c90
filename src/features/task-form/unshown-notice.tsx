import { useDocSelect } from './form-store.ts';
import { unshownKeys } from './modeled.ts';

const MAX_LISTED = 12;

/** "The JSON holds more than the form shows": the keys this form leaves alone. */
export function UnshownNotice(): React.JSX.Element | null {
  const joined = useDocSelect((doc) => unshownKeys(doc).join('\n'));
  if (joined === '') return null;
  const keys = joined.split('\n');
  const listed = keys.slice(0, MAX_LISTED).join(', ');
  const more = keys.length > MAX_LISTED ? ` and ${keys.length - MAX_LISTED} more` : '';
  return (
    <p className="tf-unshown" role="note">
      Also in the JSON, not shown here: {listed}
      {more}. Form edits leave them as they are.
    </p>
  );
}
