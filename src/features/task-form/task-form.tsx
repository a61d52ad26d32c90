// The task form. The document store is the source of truth: every field subscribes to its own slice
// and writes its own path (origin 'form'); nothing here holds a copy of the document.
import { useLayoutEffect, useMemo, useState } from 'react';
import { unavailableFields, type JsonObject, type Problem } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import { ContainersSection } from './containers-section.tsx';
import { FormContext, type FormContextValue } from './form-store.ts';
import { availabilitySignal, createSignal, groupProblems } from './signals.ts';
import { TaskSection } from './task-section.tsx';
import { UnshownNotice } from './unshown-notice.tsx';
import { VolumesSection } from './volumes-section.tsx';
import './task-form.css';

export interface TaskFormProps {
  readonly store: DocumentStore<JsonObject>;
  readonly problems: readonly Problem[];
  /** Which fields to show disabled, and why; defaults to the domain's unavailableFields. Pass a stable function. */
  readonly availability?: (doc: JsonObject) => Readonly<Record<string, string>>;
}

export function TaskForm({ store, problems, availability }: TaskFormProps): React.JSX.Element {
  const [problemSignal] = useState(() => createSignal(groupProblems(problems, new Map())));
  const compute = availability ?? unavailableFields;
  const ctx = useMemo<FormContextValue>(
    () => ({ store, problems: problemSignal, unavailable: availabilitySignal(store, compute) }),
    [store, problemSignal, compute],
  );
  useLayoutEffect(() => {
    problemSignal.set(groupProblems(problems, problemSignal.get()));
  }, [problems, problemSignal]);
  return (
    <FormContext value={ctx}>
      <form
        className="tf-form"
        aria-label="Task definition form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <UnshownNotice />
        <TaskSection />
        <VolumesSection />
        <ContainersSection />
      </form>
    </FormContext>
  );
}
