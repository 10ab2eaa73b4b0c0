using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>A problem's constants as the catalog holds them, from the (key, value) pairs the tests write.</summary>
internal static class TestConstants
{
    public static List<Constant> Of(params (string Key, object Value)[] constants) =>
        constants.Select(c => new Constant(c.Key, c.Value switch
        {
            double d => ConstantValue.Of(d),
            bool b => ConstantValue.Of(b),
            string s => ConstantValue.Of(s),
            _ => throw new ArgumentException($"constant {c.Key}: a double, a bool or a string, not {c.Value.GetType().Name}"),
        })).ToList();
}
