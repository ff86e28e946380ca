"""The EGMS stores: where the import writes and the analysis reads. One folder per backend with the same file names
on each side (store.py: the store and its import session; writer.py: a layer's writer; reader.py: its series
reader), the protocol both offer (protocol.py) and what they share (shared.py)."""
