"""Briefing: formatted briefing documents from structured records of official visits."""

__version__ = "0.1.0"
