"""The desktop app: a thin PySide6 front end over the same core as the command line."""
