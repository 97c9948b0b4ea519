// The quick dial arrives with its own issue; for now the popup only exists.
