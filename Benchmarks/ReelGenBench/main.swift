// make bench (in progress).
