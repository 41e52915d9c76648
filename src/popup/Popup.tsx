export function Popup() {
  return <main>Second Thought</main>;
}
