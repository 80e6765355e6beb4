/**
 * The benchmark chart of a {@code ```benchmarks} block: the figures of its CSV file, checked at
 * their lines, and the numbers and scales that {@code templates/chart.ftl} draws as inline SVG.
 */
package org.nodevspython.chart;
