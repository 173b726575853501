"""A combo box whose drop-down is a list of `maxVisibleItems` rows, not the style's popup.

Fusion's popup form (SH_ComboBox_Popup) is as tall as all its items and measures every one:
23 s for the article picker of 100,000 articles. A style sheet turns it off too, but its polish
asks the model for every row (1.8 s). So the box gets a proxy style that answers no, made when
the box first drops down: a style made in Python creates PySide's QStyle type, whose dozen enums
(hundreds of members) cost 15 ms of every start when made with the window.
"""
from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QComboBox


@cache
def _list_drop_down() -> type:
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class ListDropDown(QProxyStyle):
        """The application's style, with SH_ComboBox_Popup off."""

        def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802
            if hint == QStyle.StyleHint.SH_ComboBox_Popup:
                return 0
            return super().styleHint(hint, option, widget, data)

    return ListDropDown


class ListComboBox(QComboBox):
    _list_style = None  # the box's own: a widget does not own the style it is given

    def showPopup(self) -> None:  # noqa: N802
        if self._list_style is None:
            self._list_style = _list_drop_down()()
            self.setStyle(self._list_style)
        super().showPopup()
