"""From a validated record to a document tree: context, sandboxed Jinja2, markup parsing.

The pipeline lives in ``briefing.render.pipeline``; this package imports nothing, so
commands that only read templates (``briefing templates``) load neither Jinja nor the
record's model.
"""
