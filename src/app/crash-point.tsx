// For the browser tests only: `window.__taskdefCrash(name)` makes the named part of the page throw
// while rendering, as a bug would, so the tests can see the recovery screens. In the production build
// (__E2E__ false) CrashPoint renders nothing and the hook does not exist.
import { useEffect, useState } from 'react';

declare global {
  interface Window {
    __taskdefCrash?: (name: string) => boolean;
  }
}

const armers = new Map<string, () => void>();

function ArmedCrashPoint({ name }: { readonly name: string }): null {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    armers.set(name, () => {
      setArmed(true);
    });
    window.__taskdefCrash = (which) => {
      const arm = armers.get(which);
      arm?.();
      return arm !== undefined;
    };
    return () => {
      armers.delete(name);
    };
  }, [name]);
  if (armed) throw new Error(`Crash requested by a test in "${name}"`);
  return null;
}

function NoCrashPoint(): null {
  return null;
}

/** Where a test may make the page throw: "page" (above every section), "form", "json", "problems". */
export const CrashPoint: (props: { readonly name: string }) => null = __E2E__
  ? ArmedCrashPoint
  : NoCrashPoint;
