export function App() {
  return (
    <main>
      <h1>ECS task definition editor</h1>
      <p>The editor is being built.</p>
    </main>
  );
}
