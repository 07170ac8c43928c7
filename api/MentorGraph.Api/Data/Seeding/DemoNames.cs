namespace MentorGraph.Api.Data.Seeding;

/// <summary>
/// Names, languages and institutions by country of origin, so that the demo network reads like
/// the people it serves. Names are transliterated as their bearers usually write them in Latin
/// script; languages are ISO 639 codes (<c>prs</c> is Dari, ISO 639-3).
/// </summary>
internal static class DemoNames
{
    public sealed record Origin(
        string CountryCode, int Weight, string[] Languages, string[] Given, string[] Family, string[] Universities);

    public static readonly Origin[] Refugees =
    [
        new("SY", 16, ["ar"],
            ["Ahmad", "Mohammed", "Omar", "Khaled", "Yousef", "Rami", "Samer", "Tarek", "Fatima", "Aisha", "Layla", "Rania", "Huda", "Noor", "Amal", "Yasmin", "Salma", "Reem"],
            ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Saleh", "Darwish", "Aziz", "Mansour", "Hamdan", "Qasim", "Al-Khatib", "Sabbagh"],
            ["University of Damascus", "University of Aleppo", "Tishreen University"]),
        new("IQ", 6, ["ar", "ku"],
            ["Ali", "Hussein", "Mustafa", "Karrar", "Zainab", "Maryam", "Sara", "Hawra", "Dilan", "Rozh"],
            ["Al-Jubouri", "Kadhim", "Hamid", "Abbas", "Barzani", "Rashid", "Al-Tamimi"],
            ["University of Baghdad", "University of Mosul", "Salahaddin University"]),
        new("AF", 14, ["prs", "ps"],
            ["Farhad", "Jawad", "Mahmood", "Sohrab", "Naveed", "Wahid", "Zarif", "Bilal", "Hamid", "Zahra", "Mariam", "Parwana", "Shabnam", "Farida", "Nilofar", "Roya", "Malalai", "Palwasha", "Spogmai"],
            ["Ahmadi", "Rahimi", "Karimi", "Hashimi", "Sultani", "Haidari", "Noori", "Durrani", "Popal", "Wardak", "Yousafzai", "Niazi"],
            ["Kabul University", "Herat University", "Balkh University"]),
        new("ER", 9, ["ti"],
            ["Yonas", "Dawit", "Tesfalem", "Kidane", "Mebrahtu", "Filmon", "Samuel", "Helen", "Selam", "Senait", "Tsega", "Luwam", "Winta", "Saba", "Mehret"],
            ["Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Tekle", "Woldemariam", "Ghebreyesus", "Kahsay", "Andemariam"],
            ["Asmara College of Health Sciences", "Eritrea Institute of Technology"]),
        new("UA", 18, ["uk", "ru"],
            ["Oleksandr", "Andriy", "Dmytro", "Serhiy", "Taras", "Mykola", "Bohdan", "Yuriy", "Olena", "Iryna", "Oksana", "Kateryna", "Nataliia", "Yuliia", "Sofiia", "Anastasiia"],
            ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Lysenko", "Hrytsenko", "Savchenko", "Marchenko"],
            ["Taras Shevchenko National University of Kyiv", "Kharkiv Polytechnic Institute", "Lviv Polytechnic National University", "Odesa National Medical University"]),
        new("SO", 8, ["so", "ar"],
            ["Abdi", "Abdirahman", "Farah", "Ismail", "Liban", "Mohamed", "Hodan", "Faduma", "Ayan", "Sahra", "Hibo", "Nasra", "Ifrah"],
            ["Warsame", "Abdullahi", "Osman", "Jama", "Yusuf", "Hersi", "Egal", "Nur", "Aden"],
            ["Somali National University", "University of Hargeisa"]),
        new("CD", 7, ["fr", "ln"],
            ["Jean-Baptiste", "Patrice", "Didier", "Christian", "Josiane", "Clarisse", "Grâce", "Nathalie", "Espérance"],
            ["Mukendi", "Ilunga", "Ngoy", "Kabongo", "Tshibangu", "Mbuyi", "Kalala"],
            ["Université de Kinshasa", "Université de Lubumbashi"]),
        new("GN", 5, ["fr", "ff"],
            ["Mamadou", "Ibrahima", "Alpha", "Ousmane", "Aminata", "Fatoumata", "Mariame", "Kadiatou"],
            ["Diallo", "Barry", "Bah", "Camara", "Sow", "Condé"],
            ["Université Gamal Abdel Nasser de Conakry"]),
        new("VE", 10, ["es"],
            ["Carlos", "José", "Luis", "Andrés", "Javier", "Alejandro", "María", "Daniela", "Valentina", "Gabriela", "Camila", "Lucía"],
            ["González", "Rodríguez", "Pérez", "Hernández", "Martínez", "Ramírez", "Torres", "Castillo", "Mendoza"],
            ["Universidad Central de Venezuela", "Universidad del Zulia", "Universidad Simón Bolívar"]),
        new("CO", 4, ["es"],
            ["Santiago", "Sebastián", "Juan Pablo", "Andrea", "Natalia", "Paula", "Mariana"],
            ["Gómez", "López", "Moreno", "Jiménez", "Rojas", "Vargas"],
            ["Universidad Nacional de Colombia", "Universidad de Antioquia"]),
        new("SD", 3, ["ar"],
            ["Osman", "Abdelrahman", "Mohanad", "Elsadig", "Amna", "Hiba", "Tasneem", "Rayan"],
            ["Elamin", "Abdalla", "Babiker", "Elhassan", "Idris"],
            ["University of Khartoum"]),
    ];

    /// <summary>Names of people who grew up in a host country, by its main language.</summary>
    public static readonly Dictionary<string, (string[] Given, string[] Family)> Hosts = new()
    {
        ["de"] = (
            ["Lukas", "Jonas", "Matthias", "Stefan", "Thomas", "Felix", "Jan", "Michael", "Anna", "Katharina", "Julia", "Sabine", "Lena", "Miriam", "Claudia", "Johanna"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Wolf", "Neumann", "Braun"]),
        ["fr"] = (
            ["Pierre", "Julien", "Nicolas", "Antoine", "Mathieu", "Camille", "Claire", "Sophie", "Élodie", "Marion", "Léa", "Nathalie"],
            ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Garnier"]),
        ["es"] = (
            ["Javier", "Pablo", "Sergio", "David", "Álvaro", "Marta", "Laura", "Cristina", "Elena", "Nuria", "Irene"],
            ["García", "Fernández", "López", "Sánchez", "Romero", "Navarro", "Ruiz", "Díaz", "Serrano", "Molina"]),
        ["en"] = (
            ["James", "Daniel", "Oliver", "Sarah", "Emily", "Hannah", "Rachel", "Priya"],
            ["Smith", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Patel"]),
    };
}
