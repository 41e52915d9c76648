export function Options() {
  return <main>Second Thought</main>;
}
