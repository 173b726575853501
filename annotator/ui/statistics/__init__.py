"""The statistics window and its charts. Nothing is imported here: MainWindow loads
`statistics.window` (and with it pyqtgraph) only when the window is first opened."""
