package org.broadsheet.web.staff;

import java.util.ArrayList;
import java.util.List;

/**
 * A small chart drawn as SVG on the server (bars or a line), with the numbers it shows for the table beneath.
 * Coordinates are computed here so the template only places shapes.
 */
record Chart(String id, String title, String axis, String unit, boolean line, List<Point> points, long max, List<Bar> bars,
             String polyline, String firstLabel, String lastLabel) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;
    static final int TOP = 10;

    record Point(String label, long value, String shown) {
    }

    record Bar(double x, double y, double width, double height, String label, String shown) {
    }

    static Chart bars(String id, String title, String unit, List<Point> points) {
        return of(id, title, "Day", unit, false, points);
    }

    /** Bars for steps rather than days (the funnel). */
    static Chart steps(String id, String title, String unit, List<Point> points) {
        return of(id, title, "Step", unit, false, points);
    }

    static Chart line(String id, String title, String unit, List<Point> points) {
        return of(id, title, "Day", unit, true, points);
    }

    private static Chart of(String id, String title, String axis, String unit, boolean line, List<Point> points) {
        long max = Math.max(1, points.stream().mapToLong(Point::value).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        StringBuilder polyline = new StringBuilder();
        int n = Math.max(1, points.size());
        double slot = (double) WIDTH / n;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double height = (double) (HEIGHT - TOP) * p.value() / max;
            double y = HEIGHT - height;
            bars.add(new Bar(round(i * slot + slot * 0.1), round(y), round(slot * 0.8), round(height), p.label(), p.shown()));
            polyline.append(round(i * slot + slot / 2)).append(',').append(round(y)).append(' ');
        }
        return new Chart(id, title, axis, unit, line, List.copyOf(points), max, bars, polyline.toString().trim(),
                points.isEmpty() ? "" : points.get(0).label(), points.isEmpty() ? "" : points.get(points.size() - 1).label());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
