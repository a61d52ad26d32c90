// RULES.md 31 [REG]: links work only in bridge mode; awsvpc rejects them with F10 ("Links are not
//   supported when networkMode=awsvpc."). host and none are unverified at registration: a warning.
//   Source: M:ContainerDefinition.links.
// Not here, to avoid double reports: links on Windows outside awsvpc (rules 56/112) and rule 32 (link
// cycles and unknown link targets), both in the container rules (container/windows.ts, container/cycles.ts).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { arr, containers, isWindows, networkMode, type Rule } from '../rule.ts';
import { setFix } from './util.ts';

export const linksNetworkModeRule: Rule = {
  id: 'links-network-mode',
  check(doc) {
    const out: Problem[] = [];
    const mode = networkMode(doc);
    if (mode === 'bridge' || (mode !== 'awsvpc' && isWindows(doc))) return out;
    for (const ref of containers(doc)) {
      if (arr(own(ref.container, 'links')).length === 0) continue;
      out.push({
        path: `${ref.path}.links`,
        severity: mode === 'awsvpc' ? 'error' : 'warning',
        code: mode === 'awsvpc' ? 'links-awsvpc' : 'links-network-mode',
        message:
          mode === 'awsvpc'
            ? 'Links are not supported when networkMode=awsvpc. Remove links: containers of an awsvpc task share one network namespace and reach each other on 127.0.0.1 (localhost).'
            : `links work only in bridge mode; networkMode is ${mode}. Remove links (in host mode, containers reach each other on localhost).`,
        fix: setFix('Remove links', `${ref.path}.links`, undefined),
      });
    }
    return out;
  },
};
