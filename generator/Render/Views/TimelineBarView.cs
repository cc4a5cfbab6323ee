namespace StatementArchive.Render.Views;

/// <summary>One year of a tag's timeline. <see cref="Max"/> is the busiest year's count, so a &lt;meter&gt; draws the bar without inline style.</summary>
public sealed record TimelineBarView(int Year, int Count, int Max);
