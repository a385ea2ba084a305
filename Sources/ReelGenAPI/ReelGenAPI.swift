// The HTTP application; see App+build.swift (in progress).
