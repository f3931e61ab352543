/** The toolbar popup. The shortlist issue fills it; for now it tells a new user what to do. */
export function PopupApp() {
  return (
    <main className="popup" data-testid="popup">
      <h1>Vetted</h1>
      <p data-testid="popup-empty">
        Open a creator's profile on Instagram, TikTok, YouTube or X: Vetted reads it in place and shows its check in the corner of the page.
      </p>
    </main>
  );
}
