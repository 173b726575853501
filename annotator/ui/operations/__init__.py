"""Every GUI operation, in one place (as Anki keeps them in qt/aqt/operations).

An edit is one call on the facade through the window's UndoAdapter: one undo step, one
transaction, and the ChangeSet it returns (None when it failed, already reported, or changed
nothing) — claims.py and documents.py. files.py holds what switches, creates, restores, imports
into or exports from the open project. Menus, keys, context menus and the inspector only wire
to these; no other module of the GUI starts an edit.
"""
