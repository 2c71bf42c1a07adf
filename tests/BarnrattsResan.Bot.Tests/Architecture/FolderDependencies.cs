using Mono.Cecil;

namespace BarnrattsResan.Bot.Tests.Architecture;

/// <summary>
/// Which top-level folder of the bot uses which, read from the built assembly: every type named in a signature,
/// field, local or IL instruction. A nested or compiler-generated type counts as its declaring type; the folder is
/// the namespace segment after <c>BarnrattsResan.Bot</c>. <c>Program</c> (the top-level statements, the entry point) is its own node and everything else (<c>Log</c>) is <c>(root)</c>.
/// </summary>
internal sealed class FolderDependencies
{
    public const string Root = "BarnrattsResan.Bot";

    /// <summary>(from folder, to folder) → example references "Type -> Type".</summary>
    public Dictionary<(string From, string To), SortedSet<string>> Edges { get; } = [];

    /// <summary>Folder → example references to types outside the bot whose namespace starts with the key's prefix.</summary>
    public Dictionary<string, SortedSet<string>> External { get; } = [];

    public static FolderDependencies Read(string assemblyPath, params string[] externalPrefixes)
    {
        var result = new FolderDependencies();
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var from = FolderOf(type);
            if (from is null)
            {
                continue;
            }

            void Add(TypeReference? to) => result.Add(type, from, to, externalPrefixes);
            Add(type.BaseType);
            foreach (var i in type.Interfaces) Add(i.InterfaceType);
            foreach (var a in type.CustomAttributes) Add(a.AttributeType);
            foreach (var f in type.Fields) Add(f.FieldType);
            foreach (var p in type.Properties) Add(p.PropertyType);
            foreach (var m in type.Methods)
            {
                Add(m.ReturnType);
                foreach (var p in m.Parameters) Add(p.ParameterType);
                if (!m.HasBody)
                {
                    continue;
                }

                foreach (var v in m.Body.Variables) Add(v.VariableType);
                foreach (var instruction in m.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t:
                            Add(t);
                            break;
                        case MethodReference mr:
                            Add(mr.DeclaringType);
                            Add(mr.ReturnType);
                            foreach (var p in mr.Parameters) Add(p.ParameterType);
                            if (mr is GenericInstanceMethod g)
                            {
                                foreach (var a in g.GenericArguments) Add(a);
                            }

                            break;
                        case FieldReference fr:
                            Add(fr.DeclaringType);
                            Add(fr.FieldType);
                            break;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The top-level folder of a bot type, or null for a type outside the bot.</summary>
    public static string? FolderOf(TypeReference type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType;
        }

        var ns = type.Namespace;
        if (ns.Length == 0 && type.Name == "Program" && type.Scope is ModuleDefinition { Assembly.Name.Name: Root })
        {
            // Program.cs's top-level statements compile to a global Program class.
            return "Program";
        }

        if (ns == Root)
        {
            return type.Name == "Program" ? "Program" : "(root)";
        }

        return ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;
    }

    private void Add(TypeDefinition fromType, string from, TypeReference? to, string[] externalPrefixes)
    {
        switch (to)
        {
            case null:
            case GenericParameter:
                return;
            case GenericInstanceType g:
                Add(fromType, from, g.ElementType, externalPrefixes);
                foreach (var a in g.GenericArguments) Add(fromType, from, a, externalPrefixes);
                return;
            case TypeSpecification s:
                Add(fromType, from, s.ElementType, externalPrefixes);
                return;
        }

        var declaring = to;
        while (declaring.IsNested)
        {
            declaring = declaring.DeclaringType;
        }

        var target = FolderOf(to);
        if (target is null)
        {
            if (externalPrefixes.Any(p => declaring.Namespace.StartsWith(p, StringComparison.Ordinal)))
            {
                Example(External, from, fromType, to);
            }

            return;
        }

        if (target != from)
        {
            Example(Edges, (from, target), fromType, to);
        }
    }

    private static void Example<TKey>(Dictionary<TKey, SortedSet<string>> map, TKey key, TypeDefinition from, TypeReference to)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var examples))
        {
            map[key] = examples = new SortedSet<string>(StringComparer.Ordinal);
        }

        examples.Add($"{Outer(from).FullName} -> {Outer(to).FullName}");
    }

    private static TypeReference Outer(TypeReference type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    /// <summary>The groups of folders that depend on each other in a circle (strongly connected components of more than one folder).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList());
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        var counter = 0;

        void Visit(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in next.GetValueOrDefault(v) ?? [])
            {
                if (!index.TryGetValue(w, out var wIndex))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], wIndex);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string x;
                do
                {
                    x = stack.Pop();
                    onStack.Remove(x);
                    component.Add(x);
                }
                while (x != v);

                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }

        foreach (var n in nodes)
        {
            if (!index.ContainsKey(n))
            {
                Visit(n);
            }
        }

        return cycles;
    }
}
