/**
 * What a routing form's last save did: the error (announced at once, and referenced by the
 * form's aria-describedby through `errorId`) or the confirmation (announced politely).
 */
export function SaveFeedback(props: {
  errorId?: string;
  error: string | null;
  notice: string | null;
}) {
  return (
    <>
      {props.error && (
        <p id={props.errorId} className="routing__error" role="alert">
          {props.error}
        </p>
      )}
      {props.notice && (
        <p className="routing__notice" role="status">
          {props.notice}
        </p>
      )}
    </>
  );
}
