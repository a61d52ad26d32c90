import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The form", "The JSON editor". */
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * Keeps a crash in one part of the page inside that part: if the form fails, the JSON pane, the
 * problems and the toolbar (Download JSON) still work, and the other way round.
 */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.name} crashed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="section-failed" role="alert">
        <p>
          {this.props.name} stopped working. Your document is safe: the rest of the page still works, and
          Download JSON saves it.
        </p>
        <button
          type="button"
          onClick={() => {
            this.setState({ failed: false });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
