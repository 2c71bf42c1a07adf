using SkiaSharp;

namespace BarnrattsResan.Deployment.Tests;

/// <summary>Reads an icon with SkiaSharp into straight (not premultiplied) RGBA, so colours are as the file holds them.</summary>
internal static class IconImage
{
    public static SKBitmap Load(string path)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidOperationException($"{path} is not an image SkiaSharp can read.");
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw new InvalidOperationException($"{path} could not be decoded: {result}.");
        }

        return bitmap;
    }
}
