"""English: the language pack the rules read by default (see ``geo.lang``)."""
