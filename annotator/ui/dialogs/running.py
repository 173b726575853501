"""What Esc, Cancel and the close button mean in a dialog that runs a task: while the task runs
they cancel it (the window closes once it has stopped); otherwise they close the dialog."""
from __future__ import annotations


class CancelOnClose:
    """Mixed into a QDialog that has `running`, `cancel()` and closes itself when its task ends
    with `_close_when_done` set. `_before_close()` is a hook for work to finish first."""

    _close_when_done = False

    def _before_close(self) -> None:
        """Wait for side work (e.g. a preview) before the dialog goes away."""

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        self._before_close()
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.running:
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        self._before_close()
        super().closeEvent(event)
