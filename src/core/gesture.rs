//! Touch gestures on a page, as plain arithmetic: what a finger's path means (a swipe that
//! turns the page, or not), and how a zoom keeps the point under the fingers in place.

/// How far (CSS px) a finger must travel sideways for a swipe.
pub const SWIPE_MIN: f64 = 60.0;
/// How long (ms) a swipe may take; a slower drag is reading, not turning.
pub const SWIPE_MAX_MS: f64 = 800.0;
/// Two taps closer than this (ms) are a double tap.
pub const DOUBLE_TAP_MS: f64 = 300.0;
/// The zoom range of the broadsheet, relative to "fits the screen".
pub const ZOOM_MIN: f64 = 1.0;
/// See [`ZOOM_MIN`].
pub const ZOOM_MAX: f64 = 4.0;
/// Where a double tap zooms to from "fits": about the printed size on a phone.
pub const ZOOM_READ: f64 = 2.5;

/// A finger's path from touch-start to touch-end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Sideways travel, px (right is positive).
    pub dx: f64,
    /// Downward travel, px.
    pub dy: f64,
    /// Duration, ms.
    pub ms: f64,
}

/// The page step a stroke asks for: `1` (swiped left: next page), `-1` (swiped right:
/// previous page), or `None` (a tap, a scroll, a slow drag).
pub fn swipe(s: Stroke) -> Option<i32> {
    let sideways = s.dx.abs() >= SWIPE_MIN && s.dx.abs() > 2.0 * s.dy.abs();
    if !sideways || s.ms > SWIPE_MAX_MS {
        return None;
    }
    Some(if s.dx < 0.0 { 1 } else { -1 })
}

/// The zoom after a pinch that started at `start` with the fingers `d0` apart and now
/// has them `d` apart.
pub fn pinch(start: f64, d0: f64, d: f64) -> f64 {
    if d0 <= 0.0 {
        return start;
    }
    (start * d / d0).clamp(ZOOM_MIN, ZOOM_MAX)
}

/// The zoom a double tap goes to: in to reading size, or back out to the whole page.
pub fn double_tap(zoom: f64) -> f64 {
    if zoom > ZOOM_MIN + 0.01 {
        ZOOM_MIN
    } else {
        ZOOM_READ
    }
}

/// The scroll offset that keeps the content point under `at` (px from the frame's edge)
/// in place when the zoom goes from `from` to `to`.
pub fn anchored_scroll(scroll: f64, at: f64, from: f64, to: f64) -> f64 {
    if from <= 0.0 {
        return scroll;
    }
    ((scroll + at) * to / from - at).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stroke(dx: f64, dy: f64, ms: f64) -> Stroke {
        Stroke { dx, dy, ms }
    }

    #[test]
    fn a_quick_sideways_stroke_turns_the_page() {
        assert_eq!(swipe(stroke(-120.0, 10.0, 200.0)), Some(1));
        assert_eq!(swipe(stroke(120.0, -20.0, 200.0)), Some(-1));
    }

    #[test]
    fn taps_scrolls_and_slow_drags_do_not() {
        assert_eq!(swipe(stroke(5.0, 3.0, 80.0)), None, "a tap");
        assert_eq!(swipe(stroke(-80.0, 300.0, 300.0)), None, "a scroll");
        assert_eq!(swipe(stroke(-80.0, 50.0, 300.0)), None, "too diagonal");
        assert_eq!(swipe(stroke(-200.0, 0.0, 1500.0)), None, "too slow");
        assert_eq!(swipe(stroke(-59.0, 0.0, 100.0)), None, "too short");
    }

    #[test]
    fn a_pinch_scales_with_the_fingers_within_bounds() {
        assert_eq!(pinch(1.0, 100.0, 200.0), 2.0);
        assert_eq!(pinch(2.0, 200.0, 100.0), 1.0);
        assert_eq!(pinch(1.0, 100.0, 50.0), ZOOM_MIN);
        assert_eq!(pinch(3.0, 100.0, 300.0), ZOOM_MAX);
        assert_eq!(pinch(1.5, 0.0, 10.0), 1.5);
    }

    #[test]
    fn a_double_tap_goes_in_then_out() {
        assert_eq!(double_tap(ZOOM_MIN), ZOOM_READ);
        assert_eq!(double_tap(ZOOM_READ), ZOOM_MIN);
        assert_eq!(double_tap(1.7), ZOOM_MIN);
    }

    #[test]
    fn zooming_keeps_the_point_under_the_finger() {
        // Content x = (scroll + at) / zoom stays the same.
        let (scroll, at, from, to) = (30.0, 100.0, 1.0, 2.5);
        let after = anchored_scroll(scroll, at, from, to);
        assert!(((scroll + at) / from - (after + at) / to).abs() < 1e-9);
        assert_eq!(
            anchored_scroll(0.0, 10.0, 2.0, 1.0),
            0.0,
            "never before the edge"
        );
    }
}
