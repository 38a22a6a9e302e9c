"""English page layout: the lines of a copied web page that are no part of its story, and the
lines of records pasted as "field: value".

A news page copied as text keeps its links to other stories ("READ MORE: Gunmen kill 12 in
attack on church in Burkina Faso", a list under "Also in the news:"), whose tolls and places are
other stories', never this one's. ``geo.articles`` leaves such lines out of the segments read.
``geo.claims`` reads the field lines of one record ("Notes: ...", "Fatalities: 2") as one paragraph.
"""

# The labels of links to other stories, said before them on their line or on a line of their own
# above a list of them.
LINK_LABELS = (
    "read more", "read also", "also read", "read next", "related", "related stories", "related articles",
    "related coverage", "related news", "related content", "related topics", "see also", "more", "more on this",
    "more on this story", "more stories", "more from", "watch", "watch more", "listen", "recommended",
    "recommended stories", "also in the news", "in other news", "also on", "trending", "trending now", "most read",
    "most popular", "you may also like", "you might also like", "top stories",
    "further reading", "editor's picks", "editors' picks", "don't miss", "must read",
)
# what separates a label from the link after it
LINK_SEPARATORS = (":", "|", "»", ">>", "–", "—")
# what opens an item of a list of links
LIST_MARKS = ("-", "•", "*", "–", "—", "·", "»", ">")
# The labels of a caption under an old photo ("FILE PHOTO: Security forces patrol the road where
# gunmen killed 12 passengers ... January 5, 2020"; AP's "FILE - "): an earlier event's, never the story's
FILE_PHOTO_LABELS = ("file photo", "file picture", "file image", "archive photo", "archive picture", "file")
FILE_PHOTO_SEPARATORS = (":", "-", "–", "—", "|")
# A line of a record pasted as "field: value" lines ("Event date: 12 March 2024", "Notes: ...",
# "Fatalities: 9"): the lines of one record, with no blank line between them, are one paragraph
RECORD_FIELD = r"[ \t]*[A-Z][A-Za-z()/ -]{0,30}:[ \t]+\S"
