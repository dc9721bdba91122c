"""The open exchange format: the ``.svmi.json`` assessment file."""
