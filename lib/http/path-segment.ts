/** A dynamic route's segment, which may arrive still percent-encoded (IAM names may hold "+", "=", ",", "@"). */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
