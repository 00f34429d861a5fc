"""macOS: no Dock icon while Meetdesk runs in the menu bar only (started silently or closed
to the tray), through AppKit's activation policy (Regular / Accessory)."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PLATFORM: str = sys.platform


def set_dock_icon_visible(visible: bool) -> None:
    if PLATFORM != "darwin":  # a str, not sys.platform: checked on every system
        return
    try:  # pragma: no cover - macOS only
        objc = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "objc")
        ctypes.cdll.LoadLibrary(ctypes.util.find_library("AppKit") or "AppKit")
        objc.objc_getClass.restype = ctypes.c_void_p
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.objc_getClass.argtypes = [ctypes.c_char_p]
        objc.sel_registerName.argtypes = [ctypes.c_char_p]
        send = objc.objc_msgSend
        send.restype, send.argtypes = ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_void_p]
        app = send(
            objc.objc_getClass(b"NSApplication"), objc.sel_registerName(b"sharedApplication")
        )
        send.restype = ctypes.c_bool
        send.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long]
        # 0: NSApplicationActivationPolicyRegular, 1: Accessory (no Dock icon).
        send(app, objc.sel_registerName(b"setActivationPolicy:"), 0 if visible else 1)
    except (OSError, AttributeError):  # pragma: no cover - macOS only
        return
