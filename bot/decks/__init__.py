"""Decks: the notes groups study, where they come from, and how they are built.

A deck is a `.md` file or a folder of them (an Obsidian vault). The library
(`library.py`) lists the host's decks: the seed deck that ships with the
package and those in `STUDYBOT_CONTENT_DIR`. Groups add their own by upload
(`uploads.py`, kept in the database, visible to that group only). `source.py`
serves all of them to the core through its `DeckSource` port.
"""
