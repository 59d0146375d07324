"""Studybot: a study-group quiz bot built from the group's own Markdown notes."""
