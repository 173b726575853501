"""Spin boxes and combo boxes change only when the user means them to.

Qt lets a spin box or combo box take every wheel event that passes over it, focused or not: a
user scrolling the Claim panel with the pointer over Confidence turned "not set" into 0.00 and
saved it. One application-wide filter covers every such widget, in the inspector and in every
dialog, present and future: without the keyboard focus they pass the wheel on to what holds
them (the panel scrolls), and they take the focus only by click or Tab (StrongFocus), never by
the wheel.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from .app_filters import install_once

GUARDED = (QAbstractSpinBox, QComboBox)


def _guarded_owner(obj) -> QWidget | None:
    """The spin or combo box that `obj` is, or whose text field it is (a spin box steps from
    a wheel over its line edit without the event ever reaching the box)."""
    if isinstance(obj, GUARDED):
        return obj
    if isinstance(obj, QLineEdit) and isinstance(obj.parent(), GUARDED):
        return obj.parent()
    return None


def _strong_focus(box: QWidget) -> None:
    if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    EVENTS = (QEvent.Type.Wheel, QEvent.Type.Polish)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            owner = _guarded_owner(obj)
            if owner is not None and not owner.hasFocus():
                event.ignore()  # returned True but not accepted: Qt offers it to the parent
                return True
        elif kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
            _strong_focus(obj)
        return False


def install_wheel_guard(*built: QWidget) -> WheelGuard:
    """The guard, from now on; the boxes inside `built` (windows made before it was installed,
    whose boxes may be polished already) are given the guard's focus policy at once."""
    guard = install_once("wheel", WheelGuard)
    for root in built:
        for box in [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]:
            _strong_focus(box)
    return guard
