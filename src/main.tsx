import './app/no-eval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { openWorkspace } from './app/workspace.ts';
import { registerOfflineWorker } from './lib/offline/register.ts';
import './styles/app.css';

const root = document.getElementById('root');
// The last draft is read before the first render, so the page never flashes the starter document.
if (root)
  void openWorkspace().then((workspace) => {
    createRoot(root).render(
      <StrictMode>
        <App workspace={workspace} />
      </StrictMode>,
    );
  });
registerOfflineWorker();
