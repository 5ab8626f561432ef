// Package mcda provides multi-criteria decision analysis: decision matrices
// of alternatives scored against benefit and cost criteria, their
// normalization, and ranking methods.
package mcda
