/**
 * Synthetic exports of all four sources at a chosen size, valid under the export contract: the
 * input of benchmarks and scale tests. Streams to disk; memory does not grow with the size.
 */
package org.annualstats.generate;
