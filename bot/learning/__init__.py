"""Learning logic: spaced repetition, practice and daily choice, retirement, reports.

Pure functions over plain values (no I/O except `chart.render_chart`, which
writes a PNG). The core calls them; the store persists what they return.
"""
