// The template gallery with its query cache: the only user of @tanstack/react-query, so the cache and
// the library load with the gallery (after the form is usable), not with the page.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { TemplatesControl, type TemplatesControlProps } from '../features/templates/index.ts';

export function TemplatesMount(props: TemplatesControlProps): React.JSX.Element {
  // Static files from public/ only (the template gallery): same origin, never stale within a visit.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TemplatesControl {...props} />
    </QueryClientProvider>
  );
}
