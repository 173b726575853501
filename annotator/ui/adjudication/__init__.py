"""The adjudication window (View ▸ Adjudication): the disagreements between annotators, side
by side, settled into a gold layer, and the agreement figures. Nothing is imported here:
the menu loads `adjudication.window` when the window is first opened."""
