"""Briefing: formatted briefing documents from structured records of official visits.

The version lives in the package metadata: ``briefing.about.version()``.
"""
