"""geo: news articles about violent incidents -> places, incidents and tolls on a map, offline.

The library is a chain of pure steps (see ARCHITECTURE.md):
articles -> place mentions -> (claims -> incidents -> localities -> exports).
"""
__version__ = "0.1.0"
