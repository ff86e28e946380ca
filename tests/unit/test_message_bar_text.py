"""What of a message QGIS's one-line message bar shows: all of a short one; of a longer one, its first sentences,
or its start cut at a word, then " …" (the whole is behind Show more)."""
import pytest

from clms_egms.ui.messages import BAR_CHARS, bar_text


def test_short_messages_whole():
    assert bar_text("Done.") == "Done."


@pytest.mark.parametrize("text,shown", [
    ("Press play in the Temporal Controller panel. egms_l3_u_2020_2024: displacement from 2020-01-06 to 2024-12-26 "
     "(±200 mm), one frame every 6 days.", "Press play in the Temporal Controller panel. …"),
    ("Nothing new to import: the 4 files are already in egms_l2b_2020_2024, egms_l3_e_2020_2024, egms_l3_u_2020_2024 "
     "in /tmp/workshop/workshop.gpkg.", "Nothing new to import: …"),
    ("The download of 2 files failed. The server answered HTTP 503: try again later, or write to its helpdesk.",
     "The download of 2 files failed. …"),
    ("First line\nsecond line", "First line …"),
])
def test_long_messages_show_their_first_sentences(text, shown):
    assert bar_text(text) == shown and len(shown) <= BAR_CHARS + 2


def test_a_long_word_is_cut():
    shown = bar_text("x" * 300)
    assert shown.endswith(" …") and len(shown) <= BAR_CHARS + 2
