"""Draft visit records from news reports and press releases about a visit.

Rule-based and self-contained (no download): ``clean`` removes page furniture,
``extract`` reads the facts with the sentence each comes from (``visitor`` weighs the
rules' evidence of who visits, with weights fitted on the evaluation's development
part), ``draft`` builds a valid record whose imported fields are all listed for review.
Qt-free.
"""

from briefing.importer.draft import (
    IMPORT_KEY,
    ArticleError,
    Draft,
    decode_article,
    draft_from_text,
    read_article,
)

__all__ = [
    "IMPORT_KEY",
    "ArticleError",
    "Draft",
    "decode_article",
    "draft_from_text",
    "read_article",
]
