"""The sidebar's tabs, all in view: tighter tab padding and the width the sidebar needs to show every tab.

Six tabs of words ("Pages" … "Bookmarks", "Sider" … "Bokmerker") need ~400 px with the Fusion style's 24 px of
padding a tab, so at the old default width (260 px) the last tabs hid behind the tab bar's scroll arrows. With 12 px
a tab they need ~330 px (DejaVu Sans 9 pt, both languages); the window opens its sidebar that wide, measured with the
app's font in the language shown, and widens it when a language switch makes the labels longer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabBar, QTabWidget, QWidget

TAB_PADDING = 12  # px around a tab's label, both sides together (Fusion: 24)


class CompactTabStyle(QProxyStyle):
    """The application's style with less padding around a tab's label."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_PADDING
        return super().pixelMetric(metric, option, widget)


def compact_tabs(bar: QTabBar) -> None:
    """Give ``bar`` the compact tab style (owned by the bar)."""
    style = CompactTabStyle()
    style.setParent(bar)
    bar.setStyle(style)


def width_for_tabs(tabs: QTabWidget) -> int:
    """The width ``tabs`` needs to show every tab without scroll buttons: its tabs side by side and its frame."""
    bar = tabs.tabBar()
    labels = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    frame = 2 * tabs.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, tabs)
    return labels + frame
